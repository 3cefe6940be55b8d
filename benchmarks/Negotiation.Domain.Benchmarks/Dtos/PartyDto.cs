using System.Text.Json.Serialization;

namespace Negotiation.Domain.Benchmarks.Dtos;

/// <summary>A party: System.Text.Json's own polymorphism, the <c>kind</c> written first and read first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(StateDto), "state")]
[JsonDerivedType(typeof(GovernmentBodyDto), "government_body")]
[JsonDerivedType(typeof(OrganizationDto), "organization")]
[JsonDerivedType(typeof(PersonDto), "person")]
[JsonDerivedType(typeof(GroupDto), "group")]
[JsonDerivedType(typeof(CoalitionDto), "coalition")]
public abstract class PartyDto;
