using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>
/// The one way browser tests go to a page: each visit, followed link and pressed button waits for the page it leads to
/// and has axe check it, so every page a journey sees is checked, and a violation fails the test with what and where.
/// </summary>
/// <remarks>
/// The check is awaited in the test's own flow rather than run from a navigation event: from an event it either held
/// Playwright's dispatcher (and stalled) or raced the test's next step.
/// </remarks>
public static class Accessibility
{
    public static async Task<IResponse?> VisitAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        await page.CheckAccessibilityAsync();
        return response;
    }

    /// <summary>Follows a link to the page it leads to.</summary>
    public static Task FollowAsync(this ILocator link) => link.ClickThroughAsync();

    /// <summary>Presses a form's button and waits for the page the service answers with.</summary>
    public static Task SubmitAsync(this ILocator button) => button.ClickThroughAsync();

    /// <summary>
    /// Clicks, waits for the next page to load (a form answered by the same address after a redirect included), and
    /// checks it.
    /// </summary>
    /// <remarks>
    /// Both events come from Playwright's one dispatcher in the browser's order, so the first load after the main frame
    /// commits a new document is that document's. Asking for the load state from the test's side once the commit is
    /// seen races the dispatcher and can miss the load.
    /// </remarks>
    private static async Task ClickThroughAsync(this ILocator element)
    {
        var page = element.Page;
        var committed = false;
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame) => committed |= frame == page.MainFrame;
        void OnLoad(object? sender, IPage loadedPage)
        {
            if (committed) loaded.TrySetResult();
        }
        page.FrameNavigated += OnNavigated;
        page.Load += OnLoad;
        try
        {
            await element.ClickAsync();
            await loaded.Task.WaitAsync(NavigationTimeout);
        }
        catch (System.TimeoutException)
        {
            Assert.Fail($"Clicking {element} on {page.Url} led to no new page within {NavigationTimeout.TotalSeconds} s");
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
            page.Load -= OnLoad;
        }
        await page.CheckAccessibilityAsync();
    }

    private static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Fails the test, listing each rule broken and the elements that break it, when axe finds any violation.</summary>
    public static async Task CheckAccessibilityAsync(this IPage page)
    {
        var result = await page.RunAxe();
        if (result.Violations.Length == 0) return;
        Assert.Fail(Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"Accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
                text.Append($"\n    {node.Target}  {node.Html}");
        }
        return text.ToString();
    }
}
