namespace Trackboard.Guard.Configuration;

/// <summary>How a destination is reached.</summary>
internal enum DestinationKind
{
    /// <summary>Segment batch format (<c>{"batch":[...]}</c>) POSTed over HTTP.</summary>
    Http,

    /// <summary>One JetStream publish per event, with <c>Nats-Msg-Id</c> = <c>messageId</c>.</summary>
    Nats,
}
