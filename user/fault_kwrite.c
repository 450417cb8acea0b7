/* fault_kwrite: a user program writes into kernel memory (0xC0100000,
 * where a higher-half kernel keeps its code).  Expected: page fault in
 * ring 3 -> SIGSEGV for this process; the kernel itself is unharmed. */
#include "ulib.h"

int main(void)
{
	printf("about to write kernel memory at 0xC0100000\n");
	*(volatile int *)0xC0100000 = 0x12345678;
	printf("survived!?\n");
	return 0;
}
