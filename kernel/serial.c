/* kernel/serial.c — the 16550 UARTs.  COM1 is the main console (QEMU
 * connects it to the terminal or to stdout); COM2 is a raw byte channel
 * the network code uses for packet captures.  Output polls the
 * transmit-empty bit; input on COM1 arrives by interrupt (IRQ 4) and goes
 * to the tty (kernel/tty.c). */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/traps.h>
#include <linux/io.h>

static const u16 ports[2] = { 0x3f8, 0x2f8 };

/* Bytes that were waiting in COM1 before we set it up: the terminal or the
 * pipe behind QEMU's -serial starts sending at once, and the UART, still
 * without its FIFO, holds one byte — which turning the FIFO on would throw
 * away (the 16550 clears its FIFOs whenever the enable bit changes).  They
 * go to the tty first, once it listens. */
static char early_rx[16];
static unsigned int nr_early_rx;

static void uart_init(u16 base)
{
	while (base == ports[0] && (inb(base + 5) & 0x01) && nr_early_rx < sizeof(early_rx))
		early_rx[nr_early_rx++] = inb(base);
	outb(base + 1, 0x00);	/* no interrupts yet */
	outb(base + 3, 0x80);	/* DLAB: set the baud divisor */
	outb(base + 0, 0x01);	/* 115200 baud */
	outb(base + 1, 0x00);
	outb(base + 3, 0x03);	/* 8N1 */
	outb(base + 2, 0xc1);	/* FIFOs on, interrupt at 14 bytes or when idle */
	outb(base + 4, 0x0b);	/* DTR, RTS, OUT2 (routes the IRQ) */
}

void serial_putc(int port, char c)
{
	u16 base = ports[port];

	while (!(inb(base + 5) & 0x20))
		;
	outb(base, c);
}

void serial_write_raw(int port, const void *buf, size_t len)
{
	const char *p = buf;

	while (len--)
		serial_putc(port, *p++);
}

static void serial_interrupt(struct pt_regs *regs)
{
	(void)regs;
	while (inb(ports[0] + 5) & 0x01)
		tty_receive_char(inb(ports[0]));
}

void serial_init(void)
{
	uart_init(ports[0]);
	uart_init(ports[1]);
}

/* Called once interrupts can be taken: receive-data-available on COM1. */
void serial_enable_rx(void)
{
	request_irq(4, serial_interrupt);
	for (unsigned int i = 0; i < nr_early_rx; i++)
		tty_receive_char(early_rx[i]);
	outb(ports[0] + 1, 0x01);
	serial_interrupt(NULL);		/* what arrived before we listened */
}
