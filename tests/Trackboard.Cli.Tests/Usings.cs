global using Xunit;
global using Trackboard.Contracts.Tests.Support;
