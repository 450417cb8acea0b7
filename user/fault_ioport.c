/* fault_ioport: ring 3 writes to I/O ports: 0xf4 (QEMU's isa-debug-exit,
 * which would power the VM off) and 0xe9 (QEMU's debug console).  Without
 * IOPL or an I/O permission bitmap, outb faults (#GP -> SIGSEGV). */
#include "ulib.h"

static void outb(unsigned short port, unsigned char v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

int main(int argc, char **argv)
{
	/* "fault_ioport e9" tries the debug console port instead. */
	unsigned short port = argc > 1 && strcmp(argv[1], "e9") == 0 ? 0xe9 : 0xf4;

	printf("about to write to I/O port 0x%x\n", port);
	outb(port, 0x31);
	printf("survived!?\n");
	return 0;
}
