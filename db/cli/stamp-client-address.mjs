// The preload db/cli/start.mjs gives `next start`: see trusted-client-address.mjs.
import { installClientAddressStamp } from "./trusted-client-address.mjs";

installClientAddressStamp();
