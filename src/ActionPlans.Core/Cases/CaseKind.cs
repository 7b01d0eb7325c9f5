namespace ActionPlans.Core.Cases;

/// <summary>
/// The kind of supervision an inspected case is; it decides which standards the case is inspected against
/// (a framework's standards name their kinds: case supervision for community and post-release cases, unpaid work
/// and Through the Gate for theirs).
/// </summary>
public enum CaseKind
{
    Community,
    PostRelease,
    UnpaidWork,
    ThroughTheGate,
}
