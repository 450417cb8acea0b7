/* include/linux/futex.h — fast user-space locks (kernel/futex.c).
 *
 * A futex is a 32-bit word in user memory.  Threads lock and unlock it
 * with atomic instructions alone; only when one must wait does it call
 * futex(FUTEX_WAIT), which sleeps if the word still holds the value it
 * saw, and the thread that changes the word calls futex(FUTEX_WAKE).
 */
#ifndef _LINUX_FUTEX_H
#define _LINUX_FUTEX_H

#include <linux/types.h>
#include <uapi/linux/futex.h>

struct mm_struct;
struct task_struct;

int futex_wake(struct mm_struct *mm, unsigned long uaddr, int nr_wake, u32 bitset);
void exit_robust_list(struct task_struct *p);

#endif
