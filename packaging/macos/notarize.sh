#!/usr/bin/env bash
# Release workflow, macOS: check the .app's signature, sign the disk image, have Apple's notary
# service check it (notarytool, waiting for the verdict) and staple the ticket to it, so that
# Gatekeeper accepts it offline. Each part that lacks its secrets is skipped with a notice.
# Usage: packaging/macos/notarize.sh DMG   (MACOS_SIGNING_IDENTITY, APPLE_ID, APPLE_TEAM_ID and
# APPLE_APP_PASSWORD, an app-specific password, in the environment)
set -euo pipefail
dmg=$1
app="dist/Omise Tray.app"
if [[ -z "${MACOS_SIGNING_IDENTITY:-}" ]]; then
  echo "::notice title=Signing skipped::No MACOS_SIGNING_IDENTITY secret: $dmg is neither signed nor notarised"
  exit 0
fi
codesign --verify --deep --strict --verbose=2 "$app"
codesign --sign "$MACOS_SIGNING_IDENTITY" --timestamp "$dmg"
codesign --verify --strict --verbose=2 "$dmg"
if [[ -z "${APPLE_ID:-}" || -z "${APPLE_TEAM_ID:-}" || -z "${APPLE_APP_PASSWORD:-}" ]]; then
  echo "::notice title=Notarisation skipped::No APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD secret: $dmg is signed but not notarised"
  exit 0
fi
credentials=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
result=$(xcrun notarytool submit "$dmg" "${credentials[@]}" --wait --output-format json)
echo "$result"
field() { python3 -c 'import json, sys; print(json.loads(sys.argv[1]).get(sys.argv[2], ""))' "$result" "$1"; }
if [[ "$(field status)" != Accepted ]]; then
  xcrun notarytool log "$(field id)" "${credentials[@]}" || true
  echo "::error::Apple's notary service answered '$(field status)' for $dmg"
  exit 1
fi
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
