using System.CommandLine;
using Trackboard.Guard.Cli;

// SIGTERM belongs to the host (serve): it stops Kestrel, commits what is in flight and gives forwards
// shutdown_timeout to finish. System.CommandLine's own handler would end the process after 2 seconds.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await GuardCommandLine.Build().Parse(GuardCommandLine.WithDefaultVerb(args)).InvokeAsync(invocation).ConfigureAwait(false);
