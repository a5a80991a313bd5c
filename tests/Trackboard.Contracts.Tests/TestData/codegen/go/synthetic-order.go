package main

import (
	"encoding/json"
	"fmt"

	"example.com/app/trackboard"
)

type printingClient struct{}

func (printingClient) Track(event string, properties map[string]any, context map[string]any) error {
	line, err := json.Marshal(map[string]any{"event": event, "properties": properties, "context": context})
	if err != nil {
		return err
	}
	fmt.Println(string(line))
	return nil
}

func (printingClient) Identify(userID string, traits map[string]any, context map[string]any) error {
	return nil
}

func (printingClient) Page(name string, properties map[string]any, context map[string]any) error {
	return nil
}

func main() {
	place := "gold"
	quote := "q"
	priority := trackboard.OrderCompletedPriorityMinus1
	value := int64(3)
	props := trackboard.OrderCompletedProperties{
		OrderId:   "3f1c1a52-8f2e-4a55-9a57-2b1d3c4e5f60",
		Total:     12.5,
		Quantity:  2,
		Tricky:    trackboard.OrderCompletedTrickySayHi,
		UserId:    "usr_1",
		X1StPlace: &place,
		QuoteKey:  &quote,
		CommaKey:  &value,
		Priority:  &priority,
		Products: []trackboard.OrderCompletedProductsItem{{
			Sku:     "sku-1",
			Price:   1.25,
			Tags:    []trackboard.OrderCompletedProductsTagsItem{trackboard.OrderCompletedProductsTagsSale},
			Options: [][]trackboard.OrderCompletedProductsOptionsItem{{{Name: "size", Value: &value}}},
		}},
		Cart:  &trackboard.OrderCompletedCart{ItemsCount: 2, Coupon: map[string]any{"code": "X"}},
		Empty: &trackboard.OrderCompletedEmpty{},
	}
	if err := trackboard.TrackOrderCompleted(printingClient{}, props, nil); err != nil {
		panic(err)
	}
}
