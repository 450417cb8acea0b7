/* include/linux/poll.h — how a file takes part in poll(2).
 *
 * A file's ->poll reports which events are ready now (POLLIN, POLLOUT ...)
 * and, through poll_wait, names the wait queues whose wake_up may change
 * that.  sys_poll (kernel/poll.c) puts the caller on all of them and
 * sleeps once; any wake_up makes it look at every file again.
 */
#ifndef _LINUX_POLL_H
#define _LINUX_POLL_H

#include <linux/wait.h>
#include <uapi/linux/poll.h>

struct file;

typedef struct poll_table_struct {
	struct wait_queue_entry *entries;
	wait_queue_head_t **heads;	/* the queue each entry is on */
	int n, max;
} poll_table;

void poll_wait(struct file *f, wait_queue_head_t *wq, poll_table *pt);

#endif
