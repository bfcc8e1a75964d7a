# Release workflow, Windows: install the built installer silently for this user with the
# start-at-login task, check the Start-menu shortcut and its AppUserModelID, the Run value and
# the installed app's self-test, then uninstall and check that all three are gone.
# Usage: smoke-test.ps1 SETUP.EXE
param([Parameter(Mandatory = $true)][string] $Setup)
$ErrorActionPreference = 'Stop'
$app = Join-Path $env:LOCALAPPDATA 'Programs\Omise Tray'
$shortcut = Join-Path $env:APPDATA 'Microsoft\Windows\Start Menu\Programs\Omise Tray.lnk'
$run = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
$log = Join-Path $env:RUNNER_TEMP 'omise-tray-setup.log'

$setupArguments = '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', '/TASKS=startatlogin', "/LOG=$log"
$process = Start-Process -FilePath (Resolve-Path $Setup) -ArgumentList $setupArguments -Wait -PassThru
if ($process.ExitCode) { Get-Content $log; throw "Setup exited with $($process.ExitCode)" }

& (Join-Path $app 'omise-tray-cli.exe') --self-test
if ($LASTEXITCODE) { throw "the installed app's self-test failed" }
if (-not (Test-Path $shortcut)) { throw "no Start-menu shortcut at $shortcut" }
$shell = New-Object -ComObject Shell.Application
$item = $shell.Namespace((Split-Path $shortcut)).ParseName((Split-Path $shortcut -Leaf))
$id = $item.ExtendedProperty('System.AppUserModel.ID')
if ($id -ne 'co.omise.OmiseTray') { throw "the shortcut's AppUserModelID is '$id'" }
$value = (Get-ItemProperty $run).'Omise Tray'
if ($value -ne "`"$app\omise-tray.exe`" --minimized") { throw "the Run value is '$value'" }

$process = Start-Process -FilePath (Join-Path $app 'unins000.exe') `
    -ArgumentList '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART' -Wait -PassThru
if ($process.ExitCode) { throw "the uninstaller exited with $($process.ExitCode)" }
# The uninstaller goes on from a temporary copy of itself; wait for it to finish.
$deadline = (Get-Date).AddSeconds(120)
while ((Test-Path $app) -and (Get-Date) -lt $deadline) { Start-Sleep -Seconds 2 }
if (Test-Path $app) { throw "$app is still there after uninstalling" }
if (Test-Path $shortcut) { throw 'the Start-menu shortcut is still there after uninstalling' }
if ($null -ne (Get-ItemProperty $run).'Omise Tray') { throw 'the Run value is still there after uninstalling' }
Write-Output "installed, checked and uninstalled $Setup"
