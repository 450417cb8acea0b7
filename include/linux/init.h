/* include/linux/init.h — what boot leaves for others to ask: the kernel
 * command line (kernel/main.c). */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/types.h>

bool cmdline_has(const char *word);	/* is this word on the command line? */

#endif
