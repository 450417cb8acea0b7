/* include/linux/interrupt.h — softirqs: work that an interrupt or a
 * system call leaves for "a moment later" (kernel/softirq.c).
 *
 * The network's receive path is one: a packet handed to netif_rx is only
 * queued, and the queue is worked off at the next safe point — before a
 * task goes to sleep or returns to user mode.  So a protocol never finds
 * itself re-entered from inside its own transmit, and yet everything sent
 * on lo has been received by the time the sending system call returns.
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

enum { TIMER_SOFTIRQ, NET_RX_SOFTIRQ, NR_SOFTIRQS };

void open_softirq(int nr, void (*action)(void));
void raise_softirq(int nr);
void do_softirq(void);

#endif
