# Release workflow, Windows: sign executables with signtool (Windows SDK, on GitHub's runners)
# when the repository's secrets hold a code-signing certificate; without one, say so in the log
# and change nothing.
# Usage: sign.ps1 FILE...   with WINDOWS_CERTIFICATE (base64 of a .pfx),
# WINDOWS_CERTIFICATE_PASSWORD and TIMESTAMP_URL (an RFC 3161 server) in the environment.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]] $Files)
$ErrorActionPreference = 'Stop'
if (-not $env:WINDOWS_CERTIFICATE) {
    Write-Output "::notice title=Signing skipped::No WINDOWS_CERTIFICATE secret, so $($Files -join ', ') stay unsigned (SmartScreen warns before the first start)."
    exit 0
}
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object { [version]$_.Directory.Parent.Name } | Select-Object -Last 1
if (-not $signtool) { throw 'signtool.exe (Windows SDK) is not on this runner' }
$pfx = Join-Path $env:RUNNER_TEMP 'omise-tray-signing.pfx'
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
try {
    # SHA-256 file digest and an RFC 3161 timestamp (/tr, /td), so the signature outlives the
    # certificate; /d names the program in the UAC and SmartScreen prompts.
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD /fd sha256 `
        /tr $env:TIMESTAMP_URL /td sha256 /d 'Omise Tray' @Files
    if ($LASTEXITCODE) { throw "signtool sign failed with $LASTEXITCODE" }
    & $signtool.FullName verify /pa /all @Files
    if ($LASTEXITCODE) { throw "signtool verify failed with $LASTEXITCODE" }
}
finally {
    Remove-Item -Force $pfx
}
