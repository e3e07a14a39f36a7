import { z } from "zod";

// zod's own messages ("expected string, received array") reach the user as field errors when a
// caller sends a value of the wrong type; they must be Chinese like every message we write.
z.config(z.locales.zhCN());
