using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonitoringRecordsKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before the unique index below, simultaneous publications could store a day twice; the first published stays.
            // (First of all, so SQLite runs it before rebuilding any table.)
            migrationBuilder.Sql(@"DELETE FROM ""ProgressReports"" WHERE EXISTS (SELECT 1 FROM ""ProgressReports"" AS first
                WHERE first.""ActionPlanId"" = ""ProgressReports"".""ActionPlanId"" AND first.""AsAt"" = ""ProgressReports"".""AsAt""
                AND first.""Id"" < ""ProgressReports"".""Id"")");

            migrationBuilder.DropForeignKey(
                name: "FK_Evidence_ProgressUpdates_ProgressUpdateId",
                table: "Evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_EvidenceContents_Evidence_ProgressEvidenceId",
                table: "EvidenceContents");

            migrationBuilder.DropForeignKey(
                name: "FK_ProgressReports_Plans_ActionPlanId",
                table: "ProgressReports");

            migrationBuilder.DropForeignKey(
                name: "FK_ProgressUpdates_Actions_PlannedActionId",
                table: "ProgressUpdates");

            migrationBuilder.DropForeignKey(
                name: "FK_TargetRevisions_Actions_PlannedActionId",
                table: "TargetRevisions");

            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_ActionPlanId_AsAt",
                table: "ProgressReports");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_ActionPlanId_AsAt",
                table: "ProgressReports",
                columns: new[] { "ActionPlanId", "AsAt" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Evidence_ProgressUpdates_ProgressUpdateId",
                table: "Evidence",
                column: "ProgressUpdateId",
                principalTable: "ProgressUpdates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EvidenceContents_Evidence_ProgressEvidenceId",
                table: "EvidenceContents",
                column: "ProgressEvidenceId",
                principalTable: "Evidence",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProgressReports_Plans_ActionPlanId",
                table: "ProgressReports",
                column: "ActionPlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProgressUpdates_Actions_PlannedActionId",
                table: "ProgressUpdates",
                column: "PlannedActionId",
                principalTable: "Actions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_TargetRevisions_Actions_PlannedActionId",
                table: "TargetRevisions",
                column: "PlannedActionId",
                principalTable: "Actions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Evidence_ProgressUpdates_ProgressUpdateId",
                table: "Evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_EvidenceContents_Evidence_ProgressEvidenceId",
                table: "EvidenceContents");

            migrationBuilder.DropForeignKey(
                name: "FK_ProgressReports_Plans_ActionPlanId",
                table: "ProgressReports");

            migrationBuilder.DropForeignKey(
                name: "FK_ProgressUpdates_Actions_PlannedActionId",
                table: "ProgressUpdates");

            migrationBuilder.DropForeignKey(
                name: "FK_TargetRevisions_Actions_PlannedActionId",
                table: "TargetRevisions");

            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_ActionPlanId_AsAt",
                table: "ProgressReports");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_ActionPlanId_AsAt",
                table: "ProgressReports",
                columns: new[] { "ActionPlanId", "AsAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Evidence_ProgressUpdates_ProgressUpdateId",
                table: "Evidence",
                column: "ProgressUpdateId",
                principalTable: "ProgressUpdates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EvidenceContents_Evidence_ProgressEvidenceId",
                table: "EvidenceContents",
                column: "ProgressEvidenceId",
                principalTable: "Evidence",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ProgressReports_Plans_ActionPlanId",
                table: "ProgressReports",
                column: "ActionPlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ProgressUpdates_Actions_PlannedActionId",
                table: "ProgressUpdates",
                column: "PlannedActionId",
                principalTable: "Actions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_TargetRevisions_Actions_PlannedActionId",
                table: "TargetRevisions",
                column: "PlannedActionId",
                principalTable: "Actions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
