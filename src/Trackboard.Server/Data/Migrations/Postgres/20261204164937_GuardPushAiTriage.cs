using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trackboard.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GuardPushAiTriage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ai_provider_settings",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    BaseUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProtectedApiKey = table.Column<string>(type: "text", nullable: true),
                    AllowPrivateAddress = table.Column<bool>(type: "boolean", nullable: false),
                    TimeoutSeconds = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_provider_settings", x => x.OrgId);
                });

            migrationBuilder.CreateTable(
                name: "ai_triage_results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Output = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_triage_results", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guard_counts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    WindowId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GuardId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContractVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EventName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ValidCount = table.Column<long>(type: "bigint", nullable: false),
                    InvalidCount = table.Column<long>(type: "bigint", nullable: false),
                    WindowStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WindowEnd = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guard_counts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ai_triage_results_OrgId_InputHash",
                table: "ai_triage_results",
                columns: new[] { "OrgId", "InputHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ai_triage_results_PlanId_Fingerprint",
                table: "ai_triage_results",
                columns: new[] { "PlanId", "Fingerprint" });

            migrationBuilder.CreateIndex(
                name: "IX_guard_counts_PlanId_WindowEnd",
                table: "guard_counts",
                columns: new[] { "PlanId", "WindowEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_guard_counts_PlanId_WindowId_Source_ContractVersion_EventNa~",
                table: "guard_counts",
                columns: new[] { "PlanId", "WindowId", "Source", "ContractVersion", "EventName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guard_counts_WindowEnd",
                table: "guard_counts",
                column: "WindowEnd");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ai_provider_settings");

            migrationBuilder.DropTable(
                name: "ai_triage_results");

            migrationBuilder.DropTable(
                name: "guard_counts");
        }
    }
}
