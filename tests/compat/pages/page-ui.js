// The pages' own way of showing the outcome (what a checkout does on success or error); the test
// reads it. Messages are the texts merchants get from CCBill's documented handler,
// item.message.split(".")[1].
function showSuccess(text) {
  document.getElementById("result").textContent = text;
  document.body.setAttribute("data-result", "success");
}
function showErrors(texts) {
  var list = document.getElementById("errors");
  list.textContent = "";
  texts.forEach(function (text) {
    var item = document.createElement("li");
    item.textContent = text;
    list.appendChild(item);
  });
  document.body.setAttribute("data-result", "error");
}
