/* kernel/serial.c — the 16550 UARTs.  COM1 is the main console (QEMU
 * connects it to the terminal or to stdout); COM2 is a raw byte channel
 * the network code uses for packet captures.  Output polls the
 * transmit-empty bit; input on COM1 arrives by interrupt (IRQ 4) and goes
 * to the tty (kernel/tty.c), or to the host pipe (kernel/hostpipe.c). */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/traps.h>
#include <linux/io.h>

static const u16 ports[2] = { 0x3f8, 0x2f8 };

static void uart_init(u16 base)
{
	outb(base + 1, 0x00);	/* no interrupts yet */
	outb(base + 3, 0x80);	/* DLAB: set the baud divisor */
	outb(base + 0, 0x01);	/* 115200 baud */
	outb(base + 1, 0x00);
	outb(base + 3, 0x03);	/* 8N1 */
	/* FIFOs off until serial_enable_rx decides (a pipe keeps them off). */
	outb(base + 2, 0x00);
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

/* Where COM1's bytes go: the console tty, or, when tools/run's input is
 * not a terminal (`stdin=pipe`), the pipe on descriptor 0 (kernel/hostpipe.c). */
static void serial_rx(char c)
{
	if (hostpipe_enabled)
		hostpipe_receive(c);
	else
		tty_receive_char(c);
}

/* While the reader's buffer is full we leave the next byte in the UART:
 * with its receive interrupt off and nobody reading it, QEMU holds the
 * rest and stops reading its input, so nothing is lost (a real UART would
 * lower RTS to stop the sender). */
static bool rx_throttled;

static void serial_interrupt(struct pt_regs *regs)
{
	(void)regs;
	while (!rx_throttled && (inb(ports[0] + 5) & 0x01))
		serial_rx(inb(ports[0]));
}

void serial_throttle(void)
{
	rx_throttled = true;
	outb(ports[0] + 1, 0x00);
}

/* The kernel runs with interrupts off (kernel/idt.c): no race with the
 * interrupt handler here. */
void serial_unthrottle(void)
{
	if (!rx_throttled)
		return;
	rx_throttled = false;
	outb(ports[0] + 1, 0x01);
	serial_interrupt(NULL);		/* what waited meanwhile */
}

void serial_init(void)
{
	uart_init(ports[0]);
	uart_init(ports[1]);
}

/* Called once interrupts can be taken: receive-data-available on COM1. */
void serial_enable_rx(void)
{
	/*
	 * A pipe behind QEMU's -serial (`stdin=pipe`) sends from the first
	 * instant, so COM1 already holds a byte when we get here, and a 16550
	 * empties its FIFOs whenever their enable bit changes: turning them on
	 * would lose that byte, and any that came between draining the UART
	 * and turning them on.  So with a pipe they stay off: QEMU hands the
	 * UART a byte only when the last one was read, so nothing is lost, at
	 * one interrupt per byte.  A terminal sends only what is typed, after
	 * boot: there the FIFO (interrupt at 14 bytes, or when the line goes
	 * quiet) hands over what came in one go — the bytes of an arrow key,
	 * a paste — in one interrupt, and so in one read, as Linux's tty does.
	 */
	if (!hostpipe_enabled)
		outb(ports[0] + 2, 0xc1);
	request_irq(4, serial_interrupt);
	outb(ports[0] + 1, 0x01);
	serial_interrupt(NULL);		/* what arrived before we listened */
}
