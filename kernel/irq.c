/* kernel/irq.c — hardware interrupts through the two 8259 PICs.
 *
 * The BIOS leaves IRQ 0..7 on vectors 8..15, where the CPU reports its own
 * exceptions; we move IRQ 0..15 to vectors 32..47 (init_IRQ).  Drivers
 * register a handler per line (the PIT on IRQ 0, the serial port on IRQ 4);
 * do_IRQ acknowledges the PIC and calls it.
 */
#include <linux/kernel.h>
#include <linux/traps.h>
#include <linux/io.h>

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xa0
#define PIC2_DATA 0xa1

static void (*irq_handlers[NR_IRQS])(struct pt_regs *);
static u16 irq_mask = 0xfffb;		/* all masked but the cascade (IRQ 2) */

static void pic_write_mask(void)
{
	outb(PIC1_DATA, irq_mask & 0xff);
	outb(PIC2_DATA, irq_mask >> 8);
}

void init_IRQ(void)
{
	outb(PIC1_CMD, 0x11); io_delay();	/* ICW1: init, ICW4 follows */
	outb(PIC2_CMD, 0x11); io_delay();
	outb(PIC1_DATA, FIRST_EXTERNAL_VECTOR); io_delay();	/* ICW2: vector base */
	outb(PIC2_DATA, FIRST_EXTERNAL_VECTOR + 8); io_delay();
	outb(PIC1_DATA, 4); io_delay();		/* ICW3: slave on IRQ 2 */
	outb(PIC2_DATA, 2); io_delay();
	outb(PIC1_DATA, 1); io_delay();		/* ICW4: 8086 mode */
	outb(PIC2_DATA, 1); io_delay();
	pic_write_mask();
}

void request_irq(int irq, void (*handler)(struct pt_regs *))
{
	irq_handlers[irq] = handler;
	irq_mask &= ~(1u << irq);
	pic_write_mask();
}

void do_IRQ(struct pt_regs *regs)
{
	int irq = regs->trapno - FIRST_EXTERNAL_VECTOR;

	/* End of interrupt first: a handler may switch tasks and not come
	 * back here for a long time. */
	if (irq >= 8)
		outb(PIC2_CMD, 0x20);
	outb(PIC1_CMD, 0x20);
	if (irq_handlers[irq])
		irq_handlers[irq](regs);
}
