/* Restartable sequences (rseq(2)), as Linux's <linux/rseq.h>.
 *
 * A thread registers a struct rseq, where the kernel keeps its CPU number
 * current.  A critical section described by a struct rseq_cs that the
 * thread points rseq_cs at is abandoned — the thread goes on at abort_ip —
 * if the thread is preempted or gets a signal inside it. */
#ifndef _UAPI_LINUX_RSEQ_H
#define _UAPI_LINUX_RSEQ_H

#include "types.h"

#define RSEQ_FLAG_UNREGISTER	1
#define RSEQ_CPU_ID_UNINITIALIZED	-1

struct rseq_cs {
	__u32 version;			/* 0 */
	__u32 flags;
	__u64 start_ip;
	__u64 post_commit_offset;	/* the section is [start_ip, start_ip + this) */
	__u64 abort_ip;			/* preceded by the 4-byte signature */
} __attribute__((aligned(32)));

struct rseq {
	__u32 cpu_id_start;
	__u32 cpu_id;
	__u64 rseq_cs;			/* a struct rseq_cs *, or 0 */
	__u32 flags;
	__u32 node_id;
	__u32 mm_cid;
	char end[];
} __attribute__((aligned(32)));

#define ORIG_RSEQ_SIZE		32	/* what glibc 2.35+ registers */

#endif
