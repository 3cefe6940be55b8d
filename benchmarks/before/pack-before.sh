#!/usr/bin/env bash
# Packs the library as it was at a commit (default 8810627) as the package Negotiation.Domain.Before 0.0.0-before,
# assembly Negotiation.Domain.Before, into artifacts/before-packages (a local feed in nuget.config). The benchmarks
# built with -p:CompareWithBefore=true reference it under the extern alias `before`, beside the current library, and
# measure both in one run (see benchmarks/README.md).
#
#   benchmarks/before/pack-before.sh [COMMIT]
set -euo pipefail
commit=${1:-8810627}
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
feed="$root/artifacts/before-packages"
version=0.0.0-before
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sha=$(git -C "$root" rev-parse --verify "$commit^{commit}")
echo "packing Negotiation.Domain at $sha as Negotiation.Domain.Before $version"
git -C "$root" archive --format=tar "$sha" | tar -x -C "$work"

# The archive is not a git repository: MinVer is skipped and the version given. The assembly gets a name of its own
# so it loads beside Negotiation.Domain; its namespaces stay the same (hence the extern alias). The schema resource
# has an explicit logical name, so it still resolves under the new assembly name.
rm -f "$feed"/Negotiation.Domain.Before.*.nupkg
dotnet pack "$work/src/Negotiation.Domain/Negotiation.Domain.csproj" -c Release -o "$feed" \
  -p:AssemblyName=Negotiation.Domain.Before -p:PackageId=Negotiation.Domain.Before -p:Version=$version \
  -p:MinVerSkip=true -p:IncludeSymbols=false -p:ContinuousIntegrationBuild=true \
  -p:SourceRevisionId="$sha"

# Same id and version every time: drop the copy restored from an earlier pack, or restore would keep using it.
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
rm -rf "${packages%/}/negotiation.domain.before/$version"

echo "packed $feed/Negotiation.Domain.Before.$version.nupkg"
