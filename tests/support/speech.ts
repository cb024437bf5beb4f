import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A private speech-dispatcher (Debian's, with espeak-ng), for browsers that speak through it (Firefox ESR;
 * Chromium only under Xvfb): its own socket and configuration, and audio sent to libao's null driver, since a
 * test machine has no sound card and espeak-ng would otherwise wait forever to play. Browsers started with
 * `SPEECHD_ADDRESS` set (see `env`) speak through it; its Mandarin voices are tagged `cmn`.
 */
export async function startSpeechDispatcher(): Promise<{ env: Record<string, string>; stop(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechd-'));
  const config = path.join(dir, 'conf');
  fs.cpSync('/etc/speech-dispatcher', config, { recursive: true });
  const conf = path.join(config, 'speechd.conf');
  fs.writeFileSync(conf, `${fs.readFileSync(conf, 'utf8')}\nAudioOutputMethod "libao"\n`);
  fs.writeFileSync(path.join(dir, '.libao'), 'default_driver=null\n'); // libao reads it from $HOME
  const socket = path.join(dir, 'speechd.sock');
  const server = spawn('speech-dispatcher', ['--run-single', '-C', config, '-S', socket, '-t', '0', '-L', dir], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
  });
  for (let tries = 0; !fs.existsSync(socket); tries++) {
    if (server.exitCode !== null || tries > 50) throw new Error(`speech-dispatcher did not start (exit code ${server.exitCode}); see ${dir}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    env: { SPEECHD_ADDRESS: `unix_socket:${socket}` },
    stop() {
      server.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
