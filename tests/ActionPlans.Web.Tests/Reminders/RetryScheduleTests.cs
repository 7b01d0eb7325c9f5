using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;

namespace ActionPlans.Web.Tests.Reminders;

public sealed class RetryScheduleTests
{
    [Fact]
    public void Each_failure_doubles_the_wait_up_to_six_hours()
    {
        var schedule = new RetrySchedule(TimeSpan.FromMinutes(1));
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360], Enumerable.Range(1, 11).Select(n => schedule.After(n).TotalMinutes));
    }

    [Fact]
    public void A_short_first_wait_for_tests_doubles_the_same_way_and_never_overflows()
    {
        var schedule = new RetrySchedule(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), schedule.After(1));
        Assert.Equal(TimeSpan.FromSeconds(8), schedule.After(4));
        Assert.Equal(TimeSpan.FromSeconds(16384), schedule.After(15));
        Assert.Equal(TimeSpan.FromHours(6), schedule.After(16));
        Assert.Equal(TimeSpan.FromHours(6), schedule.After(int.MaxValue));
    }
}
