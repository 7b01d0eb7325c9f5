namespace ActionPlans.Web.Tests.Allocation;

/// <summary>The invented second guidance of the Core tests (Kestrel Vale CRC, bands Tier 1 to Tier 3, 2020-04-01 to 2021-03-31).</summary>
public static class KestrelValeGuidance
{
    public static string Json => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Allocation", "kestrel-vale-guidance.json"));
}
