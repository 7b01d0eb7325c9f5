using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightDeliveryKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WorkingDaysTaken",
                table: "DeliveredPlans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DaysLate",
                table: "ActionStandings",
                type: "integer",
                nullable: true);

            // The new columns are filled when the standings are next worked out (50 plans a batch), which an empty marker asks for at start.
            migrationBuilder.Sql(@"DELETE FROM ""StandingsBuilt""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkingDaysTaken",
                table: "DeliveredPlans");

            migrationBuilder.DropColumn(
                name: "DaysLate",
                table: "ActionStandings");
        }
    }
}
