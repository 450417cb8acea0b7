/* futex(2) operations and flags, numbered as Linux's <linux/futex.h>. */
#ifndef _UAPI_LINUX_FUTEX_H
#define _UAPI_LINUX_FUTEX_H

#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_FD		2	/* removed from Linux in 2.6.26: ENOSYS */
#define FUTEX_REQUEUE		3
#define FUTEX_CMP_REQUEUE	4
#define FUTEX_WAKE_OP		5
#define FUTEX_LOCK_PI		6
#define FUTEX_UNLOCK_PI		7
#define FUTEX_TRYLOCK_PI	8
#define FUTEX_WAIT_BITSET	9
#define FUTEX_WAKE_BITSET	10

#define FUTEX_PRIVATE_FLAG	128	/* only this process's threads use it */
#define FUTEX_CLOCK_REALTIME	256	/* WAIT_BITSET: the deadline is CLOCK_REALTIME */
#define FUTEX_CMD_MASK		(~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME))

#define FUTEX_BITSET_MATCH_ANY	0xffffffff

/* FUTEX_WAKE_OP's fourth argument: op, cmp and two 12-bit operands. */
#define FUTEX_OP_SET		0	/* uval = oparg */
#define FUTEX_OP_ADD		1	/* uval += oparg */
#define FUTEX_OP_OR		2	/* uval |= oparg */
#define FUTEX_OP_ANDN		3	/* uval &= ~oparg */
#define FUTEX_OP_XOR		4	/* uval ^= oparg */
#define FUTEX_OP_OPARG_SHIFT	8	/* oparg is 1 << oparg */
#define FUTEX_OP_CMP_EQ		0
#define FUTEX_OP_CMP_NE		1
#define FUTEX_OP_CMP_LT		2
#define FUTEX_OP_CMP_LE		3
#define FUTEX_OP_CMP_GT		4
#define FUTEX_OP_CMP_GE		5

/* The robust futex list (set_robust_list): a thread's held locks, which
 * the kernel marks FUTEX_OWNER_DIED when the thread dies holding them. */
struct robust_list {
	struct robust_list *next;
};

struct robust_list_head {
	struct robust_list list;
	long futex_offset;		/* from a list entry to its futex word */
	struct robust_list *list_op_pending;
};

#define FUTEX_WAITERS		0x80000000
#define FUTEX_OWNER_DIED	0x40000000
#define FUTEX_TID_MASK		0x3fffffff

#endif
