using Microsoft.AspNetCore.Http.HttpResults;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Plans;

internal sealed record FieldError(string Code, string Path, string Message)
{
    public ProblemHttpResult ToProblem() => Problems.BadRequest(Code, Message, Path);
}
