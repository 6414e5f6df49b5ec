// Finds a Chromium for the browser tests and prints its path into test-results/chromium-path.
// Order: $CHROME_PATH, the system `chromium`, Playwright's own download. With none present it installs one:
// Debian's package as root (apt-get), otherwise Playwright's installer.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { RECORDED_CHROMIUM } from './chromium.mjs'

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

function playwrightOwn() {
  try {
    const path = chromium.executablePath()
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}

function find() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH
  return which('chromium') ?? which('chromium-browser') ?? playwrightOwn()
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && which('apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package (apt-get install -y chromium)…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env })
    return
  }
  console.log(
    'No Chromium found and not root on Debian: trying Playwright’s installer (npx playwright install chromium)…',
  )
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(
      'Could not install a browser. Install Chromium yourself (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
        'or set CHROME_PATH to a Chromium or Chrome binary, then run npm test again.',
    )
    process.exit(1)
  }
}

let path = find()
if (!path) {
  install()
  path = find()
}
if (!path) {
  console.error('Chromium is still missing after the install step. Set CHROME_PATH to a Chromium binary.')
  process.exit(1)
}
mkdirSync('test-results', { recursive: true })
writeFileSync(RECORDED_CHROMIUM, path)
console.log(`Browser tests use ${path}`)
