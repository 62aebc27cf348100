// Run before dev, build and test (npm's pre-scripts): the console is built with the machine's Node (Debian's
// nodejs), never a downloaded one, and Vite 7 needs Node 20.19 or later.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `console/: Node ${process.versions.node} is too old. Node 20.19 or later is required (Vite 7); ` +
      'install Node 20 from the system packages (apt-get install nodejs) and run the command again.',
  );
  process.exit(1);
}
