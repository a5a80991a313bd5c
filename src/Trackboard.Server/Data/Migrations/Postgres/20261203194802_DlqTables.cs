using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trackboard.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DlqTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dlq_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DedupeKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BreakKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Signature = table.Column<string>(type: "text", nullable: false),
                    EventName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContractVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AppVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Library = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Codes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Sample = table.Column<string>(type: "text", nullable: true),
                    Violations = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dlq_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dlq_spikes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Bucket = table.Column<long>(type: "bigint", nullable: false),
                    WindowCount = table.Column<int>(type: "integer", nullable: false),
                    BaselinePerWindow = table.Column<double>(type: "double precision", nullable: false),
                    DetectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dlq_spikes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dlq_entries_PlanId_BreakKey",
                table: "dlq_entries",
                columns: new[] { "PlanId", "BreakKey" });

            migrationBuilder.CreateIndex(
                name: "IX_dlq_entries_PlanId_DedupeKey",
                table: "dlq_entries",
                columns: new[] { "PlanId", "DedupeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dlq_entries_PlanId_Fingerprint_ReceivedAt",
                table: "dlq_entries",
                columns: new[] { "PlanId", "Fingerprint", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dlq_entries_PlanId_ReceivedAt",
                table: "dlq_entries",
                columns: new[] { "PlanId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dlq_entries_ReceivedAt",
                table: "dlq_entries",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_dlq_spikes_PlanId_DetectedAt",
                table: "dlq_spikes",
                columns: new[] { "PlanId", "DetectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dlq_spikes_PlanId_Fingerprint_Bucket",
                table: "dlq_spikes",
                columns: new[] { "PlanId", "Fingerprint", "Bucket" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dlq_entries");

            migrationBuilder.DropTable(
                name: "dlq_spikes");
        }
    }
}
