/* include/linux/traps.h — interrupt and exception plumbing between
 * kernel/entry.S, the IDT, the PIC and the C handlers. */
#ifndef _LINUX_TRAPS_H
#define _LINUX_TRAPS_H

#include <linux/ptrace.h>

#define SYSCALL_VECTOR	0x80
#define FIRST_EXTERNAL_VECTOR 32	/* IRQ 0..15 -> vectors 32..47 */
#define NR_IRQS		16

void idt_init(void);
void init_IRQ(void);
void request_irq(int irq, void (*handler)(struct pt_regs *));
void do_IRQ(struct pt_regs *regs);
void do_trap(struct pt_regs *regs);
void do_entry(struct pt_regs *regs);
void exit_to_user_mode(struct pt_regs *regs);
void show_regs(const struct pt_regs *regs);

#endif
