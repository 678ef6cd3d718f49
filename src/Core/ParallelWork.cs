using System.Runtime.ExceptionServices;

namespace FloeHarden.Core;

/// <summary>
/// <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> that fails the way a loop would: a single
/// exception (an <see cref="AuditException"/>, a bug) surfaces as itself, not wrapped in an AggregateException.
/// </summary>
internal static class ParallelWork
{
    public static void For(int count, ParallelOptions options, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, options, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
