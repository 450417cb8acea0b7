/* include/linux/wait.h — wait queues: the one way anything in this kernel
 * sleeps until something happens.  (A sleep with a time limit also arms a
 * kernel timer that wakes the sleeper: schedule_timeout.)
 *
 * A sleeper puts an entry on the queue of the event it waits for, marks
 * itself TASK_INTERRUPTIBLE and calls schedule(); whoever makes the event
 * happen calls wake_up() on that queue, which makes every sleeper runnable
 * again; each re-checks its condition.  Interrupts are off in the kernel,
 * so no wake-up can slip between the check and the sleep.  A task may be on
 * several queues at once (poll), and may also sleep with a timeout.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>

struct task_struct;

typedef struct wait_queue_head { struct list_head head; } wait_queue_head_t;

struct wait_queue_entry {
	struct task_struct *task;
	struct list_head entry;
};

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) { LIST_HEAD_INIT((name).head) }
#define DECLARE_WAIT_QUEUE_HEAD(name) wait_queue_head_t name = __WAIT_QUEUE_HEAD_INITIALIZER(name)
static inline void init_waitqueue_head(wait_queue_head_t *wq) { INIT_LIST_HEAD(&wq->head); }

void init_wait_entry(struct wait_queue_entry *w);
void add_wait_queue(wait_queue_head_t *wq, struct wait_queue_entry *w);
void remove_wait_queue(wait_queue_head_t *wq, struct wait_queue_entry *w);
void prepare_to_wait(wait_queue_head_t *wq, struct wait_queue_entry *w, long state);
void finish_wait(wait_queue_head_t *wq, struct wait_queue_entry *w);
void wake_up(wait_queue_head_t *wq);
int signal_pending_current(void);
long schedule_timeout(long ticks);
#define MAX_SCHEDULE_TIMEOUT 0x7fffffffL

/* Sleep until cond is true.  0, or -ERESTARTSYS if a signal came first. */
#define wait_event_interruptible(wq, cond) ({				\
	int __ret = 0;							\
	struct wait_queue_entry __w;					\
	init_wait_entry(&__w);						\
	for (;;) {							\
		prepare_to_wait(&(wq), &__w, TASK_INTERRUPTIBLE);	\
		if (cond)						\
			break;						\
		if (signal_pending_current()) {				\
			__ret = -ERESTARTSYS;				\
			break;						\
		}							\
		schedule();						\
	}								\
	finish_wait(&(wq), &__w);					\
	__ret;								\
})

/* The same with a timeout in ticks: >0 ticks left (cond became true),
 * 0 on timeout, -ERESTARTSYS on a signal. */
#define wait_event_interruptible_timeout(wq, cond, timeout) ({		\
	long __t = (timeout);						\
	struct wait_queue_entry __w;					\
	init_wait_entry(&__w);						\
	for (;;) {							\
		prepare_to_wait(&(wq), &__w, TASK_INTERRUPTIBLE);	\
		if (cond) {						\
			if (!__t) __t = 1;				\
			break;						\
		}							\
		if (signal_pending_current()) {				\
			__t = -ERESTARTSYS;				\
			break;						\
		}							\
		if (!__t)						\
			break;						\
		__t = schedule_timeout(__t);				\
	}								\
	finish_wait(&(wq), &__w);					\
	__t;								\
})

#endif
