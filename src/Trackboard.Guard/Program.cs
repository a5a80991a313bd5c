using Trackboard.Guard.Cli;

return await GuardCommandLine.Build().Parse(GuardCommandLine.WithDefaultVerb(args)).InvokeAsync().ConfigureAwait(false);
