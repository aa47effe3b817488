// A time-zone picker marked data-browser-zone starts at this browser's zone, unless the form came
// back with one the person chose (data-chosen) or the browser's is not in the list.
document.querySelectorAll("select[data-browser-zone]").forEach((select) => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!select.dataset.chosen && zone && [...select.options].some((option) => option.value === zone)) {
    select.value = zone;
  }
});
