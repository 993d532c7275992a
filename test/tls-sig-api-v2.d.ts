/** The official userSig generator (dev dependency), as the tests call it. */
declare module 'tls-sig-api-v2' {
  /** Makes userSigs for one SDKAppID with its key. */
  export class Api {
    constructor(sdkAppId: number, key: string);
    /** A TLS v2 userSig for `userId`, valid `expire` seconds from now. */
    genSig(userId: string, expire: number, userBuf?: Uint8Array | null): string;
    genUserSig(userId: string, expire: number): string;
  }
  const TLSSigAPIv2: { Api: typeof Api };
  export default TLSSigAPIv2;
}
