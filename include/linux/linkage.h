/* include/linux/linkage.h — constants shared by assembly and C: where the
 * kernel lives in the address space and how big the early stack is. */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#define PAGE_OFFSET	0xC0000000	/* user: below, kernel: above */
#define LOWMEM_PDES	64		/* 64 x 4 MiB = 256 MiB mapped at PAGE_OFFSET */
#define LOWMEM_LIMIT	(LOWMEM_PDES * 0x400000)
#define BOOT_STACK_SIZE	8192		/* also the size of every kernel stack */

#endif
