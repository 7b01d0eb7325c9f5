namespace ActionPlans.Web.Features.Monitoring.Standings;

/// <summary>
/// The one row saying the stored standings were worked out, and with which due-soon window: a database migrated from
/// before they existed, or a service started with another window, has them worked out again before it serves.
/// </summary>
public sealed class StandingsBuilt
{
    public const int OnlyRow = 1;

    public int Id { get; set; } = OnlyRow;
    public int DueSoonDays { get; set; }
}
