using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>An event as a target emits it: its properties type, its helper and its merged properties.</summary>
/// <param name="Event">The event.</param>
/// <param name="TypeName">Its properties type (<c>SignupCompletedProperties</c>).</param>
/// <param name="HelperName">Its helper (<c>trackSignupCompleted</c>, <c>track_signup_completed</c>).</param>
/// <param name="Path">The path its nested types are named from.</param>
/// <param name="Properties">Local properties and linked globals, in ordinal name order.</param>
internal sealed record EventShape(EventDefinition Event, string TypeName, string HelperName, string Path, IReadOnlyList<PropertyDefinition> Properties);
