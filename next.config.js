// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded from node_modules, not bundled: the server's own modules (run by
  // tsx) use the same copies, so one Yjs runs in the process. (Not
  // @tiptap/y-tiptap: it must share the bundle's copy of prosemirror-model.)
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client", "yjs", "y-protocols", "lib0"],
  typescript: { ignoreBuildErrors: true }, // `npm test` typechecks; the build need not do it twice
};

export default nextConfig;
