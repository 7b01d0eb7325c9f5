namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>The service cannot start; the message names the setting or file to fix and is shown as one line.</summary>
public sealed class StartupFailure(string message, Exception? inner = null) : Exception(message, inner);
