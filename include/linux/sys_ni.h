/* include/linux/sys_ni.h — the system calls this kernel does not implement
 * (kernel/sys_ni.c): each is answered -ENOSYS, counted and named. */
#ifndef _LINUX_SYS_NI_H
#define _LINUX_SYS_NI_H

#include <linux/types.h>

/* What the dispatcher answers for a number with no handler: -ENOSYS, after
 * counting it (and logging it the first time). */
long sys_ni_syscall(unsigned long nr);

/* The counts so far, "NR:COUNT,NR:COUNT..." (nothing when none), handed
 * to put() a piece at a time, for the power-off stats; numbers past the
 * table count together as "other:COUNT". */
void enosys_report(void (*put)(const char *));

/* Generated at build time from include/uapi/asm/unistd_32.h, and Linux's
 * own header for the numbers ours lacks (Makefile): the name of each
 * number, NULL for the others. */
extern const char *const syscall_names[];

#endif
