using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trackboard.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Branches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BaseDocument",
                table: "plans",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BaseRevision",
                table: "plans",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BranchName",
                table: "plans",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentPlanId",
                table: "plans",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "merge_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourcePlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetPlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MergedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MergedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merge_requests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_ParentPlanId",
                table: "plans",
                column: "ParentPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_merge_requests_SourcePlanId",
                table: "merge_requests",
                column: "SourcePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_merge_requests_TargetPlanId",
                table: "merge_requests",
                column: "TargetPlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "merge_requests");

            migrationBuilder.DropIndex(
                name: "IX_plans_ParentPlanId",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "BaseDocument",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "BaseRevision",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "BranchName",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "ParentPlanId",
                table: "plans");
        }
    }
}
