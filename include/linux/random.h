/* include/linux/random.h — the kernel's random numbers (kernel/random.c). */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/types.h>

void random_init(void);			/* seed, once the clocks run */
void get_random_bytes(void *buf, size_t len);
void chacha20_block(const u32 key[8], u64 counter, u32 out[16]);

#endif
