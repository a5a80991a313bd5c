using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trackboard.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AppVersionMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "app_version_mappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppVersionFrom = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AppVersionTo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContractVersion = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_version_mappings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_app_version_mappings_OrgId",
                table: "app_version_mappings",
                column: "OrgId");

            migrationBuilder.CreateIndex(
                name: "IX_app_version_mappings_PlanId",
                table: "app_version_mappings",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_version_mappings");
        }
    }
}
