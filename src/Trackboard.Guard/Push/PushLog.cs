namespace Trackboard.Guard.Push;

/// <summary>Log events of the push to the Server (600–609).</summary>
internal static partial class PushLog
{
    [LoggerMessage(600, LogLevel.Information, "Pushed {Rows} DLQ rows to the Server ({Imported} new, {Duplicates} already there); cursor at row {Cursor}")]
    public static partial void DlqPushed(ILogger logger, int rows, long imported, long duplicates, long cursor);

    [LoggerMessage(601, LogLevel.Warning, "DLQ push failed ({Reason}); retrying in {Delay}")]
    public static partial void DlqPushFailed(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(602, LogLevel.Warning, "DLQ push backlog of {Backlog} rows is over push.max_backlog; skipped the oldest {Skipped} (they stay in Guard's DLQ)")]
    public static partial void BacklogSkipped(ILogger logger, long backlog, long skipped);

    [LoggerMessage(603, LogLevel.Warning, "The Server refused {Failed} of the pushed DLQ rows: {Errors}")]
    public static partial void RowsRefused(ILogger logger, long failed, string errors);

    [LoggerMessage(604, LogLevel.Warning, "DLQ row {Id} is larger than the Server accepts; skipped (it stays in Guard's DLQ)")]
    public static partial void RowTooLarge(ILogger logger, long id);

    [LoggerMessage(605, LogLevel.Warning, "Counts push failed ({Reason}); {Pending} windows wait, retrying in {Delay}")]
    public static partial void CountsPushFailed(ILogger logger, string reason, long pending, TimeSpan delay);

    [LoggerMessage(606, LogLevel.Warning, "Dropped {Dropped} count windows over push.max_count_windows while the Server was unreachable")]
    public static partial void WindowsDropped(ILogger logger, int dropped);

    [LoggerMessage(607, LogLevel.Error, "The Server refused a count window ({Status}: {Body}); dropped it")]
    public static partial void WindowRefused(ILogger logger, int status, string body);
}
