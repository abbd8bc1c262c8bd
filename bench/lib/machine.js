// What the results were measured on: recorded in every results file.
import { execFileSync } from 'node:child_process';
import { readFileSync, statfsSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { basename } from 'node:path';
import { versionOf } from './servers.js';

export function machineInfo() {
  const cpuList = cpus();
  return {
    cpuModel: cpuList[0]?.model ?? 'unknown',
    cores: cpuList.length,
    memoryBytes: totalmem(),
    node: process.version,
    os: `${osName()} (${type()} ${release()})`,
    disk: diskOf(tmpdir()),
    versions: {
      'nats-server': versionOf('nats-server'),
      'redis-server': versionOf('redis-server'),
      etcd: versionOf('etcd'),
      nats: packageVersion('nats'),
      ioredis: packageVersion('ioredis'),
    },
  };
}

function osName() {
  try {
    return /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'Linux';
  } catch {
    return 'unknown';
  }
}

/** The device and filesystem every system's data dir lives on (they all use the temp dir). */
function diskOf(dir) {
  const disk = { dir };
  try {
    const [source, fstype] = execFileSync('findmnt', ['-n', '-T', dir, '-o', 'SOURCE,FSTYPE'], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
    Object.assign(disk, { device: source, fstype });
    const name = basename(source);
    disk.rotational = readFileSync(`/sys/block/${name}/queue/rotational`, 'utf8').trim() === '1';
  } catch {
    // not Linux, or a device without /sys/block (overlay, partition): keep what we have
  }
  try {
    const stats = statfsSync(dir);
    disk.sizeBytes = stats.blocks * stats.bsize;
    disk.freeBytes = stats.bavail * stats.bsize;
  } catch {
    // statfs unavailable
  }
  return disk;
}

function packageVersion(name) {
  try {
    const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
    return JSON.parse(readFileSync(url, 'utf8')).version;
  } catch {
    return undefined;
  }
}
