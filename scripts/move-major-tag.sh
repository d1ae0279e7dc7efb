#!/usr/bin/env bash
# Moves the Action's major tag (v1) to the commit of a release tag (v1.2.3), so `uses: svclint/svclint@v1`
# runs the newest 1.x. Checks first that the tag is the version in package.json; pre-releases
# (v1.3.0-rc.1) leave the major tag alone. Usage: scripts/move-major-tag.sh v1.2.3 [remote]
set -euo pipefail
tag="${1:?usage: scripts/move-major-tag.sh vMAJOR.MINOR.PATCH [remote]}"
remote="${2:-origin}"
if [[ "$tag" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)-.+$ ]]; then
  echo "$tag is a pre-release: v${BASH_REMATCH[1]} stays where it is"
  exit 0
fi
if [[ ! "$tag" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "not a release tag: $tag (expected vMAJOR.MINOR.PATCH)" >&2
  exit 2
fi
major="v${BASH_REMATCH[1]}"
version="$(node -p 'require("./package.json").version')"
if [ "v$version" != "$tag" ]; then
  echo "tag $tag does not match package.json's version $version" >&2
  exit 1
fi
commit="$(git rev-list -n 1 "$tag")"
git tag -f "$major" "$commit" >/dev/null
git push --force "$remote" "refs/tags/$major"
echo "$major -> $commit ($tag)"
